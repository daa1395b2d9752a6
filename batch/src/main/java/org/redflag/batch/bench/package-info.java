/** {@code redflag bench}: measures each stage alone and end to end on this machine. */
package org.redflag.batch.bench;

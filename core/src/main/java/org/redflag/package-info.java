/**
 * Redflag: finds online job ads that show signs of labour trafficking, forced labour and
 * recruitment fraud. {@link org.redflag.Redflag} is the entry point for programs that embed the library.
 */
package org.redflag;

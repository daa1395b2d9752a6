/**
 * {@code redflag bench}: measures each stage alone and end to end on this machine ({@link org.redflag.batch.bench.Benchmark}),
 * or the live heap of a real scan of the demo board as it grows ({@link org.redflag.batch.bench.ScanHeapBench}).
 */
package org.redflag.batch.bench;

package org.redflag.batch.scan;

import java.nio.file.Path;
import org.redflag.batch.report.ReportFiles;
import org.springframework.batch.core.job.JobExecution;

/**
 * A scan's number in its data folder: what the console calls it ({@code scan N}), the name of its report
 * folder ({@code reports/run-N}) and what {@code redflag report --run N} takes. A data folder's scans are
 * numbered 1, 2, 3, ...; every attempt of a scan that restarts keeps its number.
 *
 * <p>The number is a job parameter ({@value #PARAMETER}, not identifying), which Spring Batch carries over to a
 * restart. Spring Batch's own ids would not do: a restart is a new job execution with an id of its own, and a
 * database killed with its process skips ids (H2 hands them out in blocks of 32).
 *
 * <p>A new scan's number is also above every report folder already in the data folder: a job repository that was
 * emptied or damaged, or a data folder that was moved (its scans are recorded under the folder's old path), would
 * otherwise start again at 1 and write its report over run-1's.
 */
public final class ScanNumber {

    /** The job parameter that holds a scan's number. */
    public static final String PARAMETER = "scan.number";

    private ScanNumber() {
    }

    /**
     * @param execution an execution of the scan job
     * @return the number of its scan; for a scan started before scans were numbered, its execution's id, which
     *     named it and its report folder then
     */
    public static long of(JobExecution execution) {
        Long number = execution.getJobParameters().getLong(PARAMETER);
        return number != null ? number : execution.getId();
    }

    /**
     * @param execution an execution of the scan job
     * @return the name under which the index counts the ads its scan analysed, in all the scan's attempts
     *     ({@link org.redflag.index.AdIndex#tally})
     */
    static String analysedTally(JobExecution execution) {
        return "ads analysed in " + label(execution);
    }

    /**
     * @param execution an execution of the scan job
     * @return what names its scan, in all the scan's attempts, where the index records what the scan did: the ads it
     *     refused ({@link org.redflag.index.AdIndex#refuse}) and analysed ({@link #analysedTally})
     */
    static String label(JobExecution execution) {
        // with its start: a number is given again when a scan killed before its report is forgotten (see after)
        return "scan " + of(execution) + " started at " + execution.getJobParameters().getLong(ScanLauncher.STARTED);
    }

    /**
     * @param last the last scan of the data folder the job repository knows of; null when it knows of none
     * @param reportsDir the data folder's report folders
     * @return the number of the data folder's next new scan: after the last scan, and after the highest report folder
     */
    static long after(JobExecution last, Path reportsDir) {
        long afterLast = last == null ? 1 : of(last) + 1;
        return Math.max(afterLast, ReportFiles.highestRun(reportsDir) + 1);
    }
}

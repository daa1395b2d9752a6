package org.redflag.classify.weka;

/**
 * Settings Weka needs before its first class loads, when it runs inside an application rather than
 * its own workbench: no package manager (it scans the class path, writes to {@code ~/wekafiles} and
 * fails inside a Spring Boot jar), class names taken as written (Weka otherwise looks a learner's
 * inner classes, such as RandomForest's RandomTree or SMO's calibrator, up by scanning the class
 * path, which finds nothing inside a Spring Boot jar), and the pure-Java netlib (the native BLAS loaders fail to
 * initialise where the native libraries are absent).
 */
public final class WekaSetup {

    static {
        setIfAbsent("weka.packageManager.loadPackages", "false");
        setIfAbsent("weka.packageManager.offline", "true");
        setIfAbsent("weka.test.maventest", "true");
        setIfAbsent("com.github.fommil.netlib.BLAS", "com.github.fommil.netlib.F2jBLAS");
        setIfAbsent("com.github.fommil.netlib.LAPACK", "com.github.fommil.netlib.F2jLAPACK");
        setIfAbsent("com.github.fommil.netlib.ARPACK", "com.github.fommil.netlib.F2jARPACK");
    }

    private WekaSetup() {
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Applies the settings; call before any Weka class is used. Cheap after the first call. */
    public static void ensure() {
        // the static initializer does the work, once
    }
}

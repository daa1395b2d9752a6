package org.redflag.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Splits a JSON Lines corpus into train and test files, stratified by label and grouped so that
 * near-copies never land on both sides. Lines are copied as they are.
 */
public final class CorpusSplit {

    /**
     * What the split wrote.
     *
     * @param train the train file
     * @param test the test file
     * @param trainAds ads in it
     * @param testAds ads in the test file
     */
    public record Result(Path train, Path test, int trainAds, int testAds) {
    }

    private CorpusSplit() {
    }

    /**
     * @param file a {@code .jsonl} corpus
     * @param testShare the share of ads for the test file, in (0,1)
     * @param seed the seed of the shuffle
     * @param outDir where to write {@code NAME-train.jsonl} and {@code NAME-test.jsonl}
     * @return what was written
     * @throws CorpusException when the file is a {@code .csv}, a line is malformed, an id comes twice, or a side would
     *     get no ad (nothing is written then)
     */
    public static Result split(Path file, double testShare, long seed, Path outDir) {
        if (!(testShare > 0 && testShare < 1)) {
            throw new CorpusException("--test must lie between 0 and 1, was " + testShare);
        }
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            throw new CorpusException(file + ": corpus split takes a .jsonl corpus, not a CSV (stats, validate, train and "
                    + "evaluate read the CSV as it is)");
        }
        List<String> lines = new ArrayList<>();
        List<LabelledAd> ads = new ArrayList<>();
        AdIds ids = new AdIds();
        try (BufferedReader r = TextFiles.open(file)) {
            int n = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                n++;
                if (!line.isBlank()) {
                    ads.add(ids.add(JsonlCorpusReader.parse(line, file + ":" + n)));
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new CorpusException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (ads.isEmpty()) {
            throw new CorpusException(file + ": holds no ad, nothing to split");
        }
        int[] group = NearDuplicates.groups(ads.stream().map(a -> a.ad().description()).toList(), NearDuplicates.DEFAULT_THRESHOLD);
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < group.length; i++) {
            members.computeIfAbsent(group[i], g -> new ArrayList<>()).add(i);
        }
        Map<Label, List<List<Integer>>> byLabel = new EnumMap<>(Label.class);
        members.values().stream().sorted((a, b) -> Integer.compare(a.get(0), b.get(0)))
                .forEach(m -> byLabel.computeIfAbsent(ads.get(m.get(0)).label(), l -> new ArrayList<>()).add(m));
        Random random = new Random(seed);
        boolean[] test = new boolean[ads.size()];
        for (List<List<Integer>> groups : byLabel.values()) {
            Collections.shuffle(groups, random);
            int size = groups.stream().mapToInt(List::size).sum();
            int target = (int) Math.round(size * testShare);
            int taken = 0;
            for (List<Integer> g : groups) {
                if (taken >= target) {
                    break;
                }
                for (int i : g) {
                    test[i] = true;
                }
                taken += g.size();
            }
        }
        int testAds = 0;
        for (boolean t : test) {
            testAds += t ? 1 : 0;
        }
        if (testAds == 0 || testAds == ads.size()) {
            throw new CorpusException(file + ": " + ads.size() + (ads.size() == 1 ? " ad" : " ads") + " cannot be split: the "
                    + (testAds == 0 ? "test" : "train") + " file would get none at --test " + testShare);
        }
        String base = file.getFileName().toString().replaceFirst("\\.jsonl?$", "");
        Path trainFile = outDir.resolve(base + "-train.jsonl");
        Path testFile = outDir.resolve(base + "-test.jsonl");
        try {
            Files.createDirectories(outDir);
            try (Writer tr = Files.newBufferedWriter(trainFile, StandardCharsets.UTF_8);
                 Writer te = Files.newBufferedWriter(testFile, StandardCharsets.UTF_8)) {
                for (int i = 0; i < lines.size(); i++) {
                    (test[i] ? te : tr).write(lines.get(i) + "\n");
                }
            }
        } catch (IOException e) {
            throw new CorpusException(outDir + ": cannot write the split: " + e.getMessage(), e);
        }
        return new Result(trainFile, testFile, lines.size() - testAds, testAds);
    }
}

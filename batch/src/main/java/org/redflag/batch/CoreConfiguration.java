package org.redflag.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.redflag.Redflag;
import org.redflag.RedflagException;
import org.redflag.corpus.CorpusReaders;
import org.redflag.corpus.demo.DemoBoard;
import org.redflag.corpus.demo.DemoBoardServer;
import org.redflag.corpus.demo.DemoSites;
import org.redflag.index.lucene.LuceneAdIndex;
import org.redflag.scrape.SiteProfile;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The library's stages as beans: one Redflag, one index, the sites to scan. */
@Configuration(proxyBeanMethods = false)
public class CoreConfiguration {

    /** @return the assessor, loaded once (CoreNLP, rules, model) */
    @Bean
    @Lazy
    public Redflag redflag(RedflagProperties props) {
        Redflag.Builder b = Redflag.builder().analysisTimeLimit(props.analysisTimeLimit());
        if (props.model() != null) {
            b.model(props.model());
        }
        return b.build();
    }

    /** @return the ad index under the data folder */
    @Bean(destroyMethod = "close")
    public LuceneAdIndex adIndex(RedflagProperties props) {
        return LuceneAdIndex.open(props.indexDir());
    }

    /** The demo board, served on loopback while the application runs, when asked for. */
    @Bean(destroyMethod = "close")
    @Lazy
    public DemoBoardServer demoBoardServer(RedflagProperties props) {
        return DemoBoardServer.start(DemoBoard.of(CorpusReaders.readBundled(), props.demoAds()));
    }

    /** @return the sites to scan: the demo board's, or the profiles in the sites folder; resolved when a scan starts */
    @Bean
    @Lazy
    public Sites sites(RedflagProperties props, org.springframework.beans.factory.ObjectProvider<DemoBoardServer> demo) {
        if (props.demo()) {
            return new Sites(DemoSites.profiles(demo.getObject()));
        }
        if (props.sitesDir() == null) {
            throw new RedflagException("no sites to scan: give --sites DIR (a folder of site profiles) or --demo");
        }
        return Sites.read(props.sitesDir());
    }

    /**
     * The sites a scan visits.
     *
     * @param profiles their profiles
     */
    public record Sites(List<SiteProfile> profiles) {

        /**
         * @param dir a folder of site profiles (*.json)
         * @return the profiles, in the order of their file names
         * @throws RedflagException when the folder is missing, a file, or holds no profile, a profile cannot be read,
         *     or two profiles name the same site
         */
        public static Sites read(Path dir) {
            if (Files.isRegularFile(dir)) {
                throw new RedflagException("sites folder " + dir + " is a file, not a folder: give the folder that holds "
                        + "the site profiles (*.json)");
            }
            if (!Files.isDirectory(dir)) {
                throw new RedflagException("sites folder " + dir + " does not exist");
            }
            try (Stream<Path> files = Files.list(dir)) {
                Map<String, Path> named = new HashMap<>();
                List<SiteProfile> profiles = new ArrayList<>();
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    SiteProfile profile = SiteProfile.read(file);
                    Path other = named.putIfAbsent(profile.name(), file);
                    if (other != null) {
                        // a site's name keys its ads, its crawl memory and its report rows: two would mix theirs
                        throw new RedflagException("site profiles " + other + " and " + file + " both name the site \""
                                + profile.name() + "\": give each site a name of its own");
                    }
                    profiles.add(profile);
                }
                if (profiles.isEmpty()) {
                    throw new RedflagException("sites folder " + dir + " holds no site profile (*.json)");
                }
                return new Sites(profiles);
            } catch (IOException e) {
                throw new RedflagException("cannot list sites folder " + dir + ": " + e.getMessage(), e);
            }
        }
    }
}

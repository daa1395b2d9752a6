package org.redflag.batch.scan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.redflag.scrape.SiteProfile;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One crawl partition per site: its execution context names the site ({@value #SITE_KEY}), so that
 * a worker crawls exactly one site and a site that is down fails nothing but its own partition.
 */
public class SitePartitioner implements Partitioner {

    /** Key of the site's name in a partition's execution context. */
    public static final String SITE_KEY = "site.name";

    private final Supplier<List<SiteProfile>> sites;

    /** @param sites the sites to crawl, asked for when the step runs */
    public SitePartitioner(Supplier<List<SiteProfile>> sites) {
        this.sites = sites;
    }

    /**
     * @param gridSize ignored: there is one partition per site
     * @return the partitions by name ({@code site:<name>}), in the order of the sites
     */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (SiteProfile site : sites.get()) {
            ExecutionContext context = new ExecutionContext();
            context.putString(SITE_KEY, site.name());
            if (partitions.put("site:" + site.name(), context) != null) {
                throw new org.redflag.RedflagException("two site profiles are named " + site.name() + ": site names must be unique");
            }
        }
        return partitions;
    }
}

package io.sportello.routing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Routing under {@code sportello.routing}: whether push assignment runs at all ({@code push}; the
 * {@code routing-policy} decision table then says per ticket whether to push or leave it for "next ticket"), how long
 * somebody may be away, on a break or offline before their work moves on ({@code grace}), and how often that is
 * checked ({@code sweep-interval}).
 */
@ConfigurationProperties("sportello.routing")
public record RoutingProperties(@DefaultValue("true") boolean push,
                                @DefaultValue("PT5M") Duration grace,
                                @DefaultValue("PT30S") Duration sweepInterval) {
}

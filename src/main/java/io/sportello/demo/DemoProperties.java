package io.sportello.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code sportello.demo.*}: whether to generate demo data, how much, and whether in the background after start. */
@ConfigurationProperties("sportello.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("200") int customers,
                            @DefaultValue("500") int tickets, @DefaultValue("60") int days,
                            @DefaultValue("20261123") long seed, @DefaultValue("true") boolean background) {
}

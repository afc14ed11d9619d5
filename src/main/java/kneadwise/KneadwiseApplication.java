package kneadwise;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring application behind {@code ./kneadwise serve}; its modules are the packages below this one. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KneadwiseApplication {}

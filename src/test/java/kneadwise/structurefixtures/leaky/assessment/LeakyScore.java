package kneadwise.structurefixtures.leaky.assessment;

import org.springframework.stereotype.Component;

/** Broken on purpose: a clinical class that depends on Spring. Only {@code ModularityTest} reads it. */
@Component
public class LeakyScore {}

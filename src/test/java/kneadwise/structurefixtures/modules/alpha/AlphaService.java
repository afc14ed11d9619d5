package kneadwise.structurefixtures.modules.alpha;

import kneadwise.structurefixtures.modules.beta.internal.BetaSecret;

/** Broken on purpose: reaches into module beta's internals. Only {@code ModularityTest} reads it. */
public class AlphaService {

    public String peek() {
        return new BetaSecret().value();
    }
}

package kneadwise.structurefixtures.modules.beta;

/** The public face of fixture module beta. */
public class BetaApi {}

package org.geostance.targets;

/**
 * One reference to a target in a paragraph: tokens [firstToken, endToken), characters [begin, end).
 * (Placeholder copy: the real one comes from branch `targets`.)
 */
public record Mention(String target, String alias, AliasKind kind, int firstToken, int endToken, int begin, int end)
        implements java.io.Serializable {}

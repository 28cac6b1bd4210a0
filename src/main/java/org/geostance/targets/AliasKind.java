package org.geostance.targets;

/** How a target was named. (Placeholder copy: the real one comes from branch `targets`.) */
public enum AliasKind { NAME, SHORT_FORM, DEMONYM, CAPITAL, SEAT, INSTITUTION, LEADER, LABEL }

package org.geostance.text;

import java.io.Serializable;

/** A sentence as a token range [firstToken, endToken) and its character span [begin, end). */
public record Sentence(int firstToken, int endToken, int begin, int end) implements Serializable {}

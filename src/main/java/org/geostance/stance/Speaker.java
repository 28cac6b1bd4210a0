package org.geostance.stance;

import java.io.Serializable;

/**
 * Who speaks at the end of a paragraph, handed to the article's next paragraph: a quotation that runs on into it
 * keeps its speaker there.
 *
 * @param name    the holder's name as the paragraph gave it
 * @param country ISO alpha-3 of the holder when known, else null
 */
public record Speaker(String name, String country) implements Serializable {}

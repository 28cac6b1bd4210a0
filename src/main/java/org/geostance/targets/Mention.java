package org.geostance.targets;

import java.io.Serializable;

/**
 * One reference to a target in a paragraph: token range [firstToken, endToken) and char span [begin, end).
 *
 * <p>{@code alias} is the dictionary form that matched (an inflected form such as « américaines » when the
 * dictionary generates it). The char span covers exactly the matched words: in « pro-américain » it is
 * « américain », while the token range is the whole token. Two mentions found inside one hyphenated token
 * (« Ankara-Washington ») share a token range but never overlap in characters.
 */
public record Mention(String target, String alias, AliasKind kind, int firstToken, int endToken, int begin, int end)
        implements Serializable {
    private static final long serialVersionUID = 1L;
}

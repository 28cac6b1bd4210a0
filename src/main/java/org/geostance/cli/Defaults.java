package org.geostance.cli;

import java.nio.file.Path;

/** Where the shipped data lives: the launcher passes the project folder; elsewhere the working directory. */
final class Defaults {
    private Defaults() {}

    static Path home() {
        return Path.of(System.getProperty("geostance.home", "."));
    }
}

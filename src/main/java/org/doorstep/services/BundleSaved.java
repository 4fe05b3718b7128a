package org.doorstep.services;

/** A 一件事 bundle was created or changed (its guide pages show it). */
public record BundleSaved(Bundle bundle) {
}

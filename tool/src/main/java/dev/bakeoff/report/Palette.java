package dev.bakeoff.report;

import java.awt.Color;
import java.util.List;

/** One colour per stack, the same in every chart of a report (Okabe-Ito: readable with colour blindness). */
final class Palette {
    private static final List<Color> COLOURS = List.of(
            new Color(0x00, 0x72, 0xB2),
            new Color(0xE6, 0x9F, 0x00),
            new Color(0x00, 0x9E, 0x73),
            new Color(0xCC, 0x79, 0xA7),
            new Color(0xD5, 0x5E, 0x00),
            new Color(0x56, 0xB4, 0xE9),
            new Color(0x99, 0x99, 0x99),
            new Color(0xF0, 0xE4, 0x42));

    private final List<String> keys;

    Palette(List<String> keys) {
        this.keys = List.copyOf(keys);
    }

    Color of(String key) {
        int i = keys.indexOf(key);
        return COLOURS.get(Math.floorMod(i < 0 ? key.hashCode() : i, COLOURS.size()));
    }
}

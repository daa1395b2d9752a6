package org.redflag.batch.cli;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * How commands print JSON: every character the terminal writer would show as U+FFFD ({@link TerminalText#isControl})
 * is written as a JSON unicode escape, so that what an ad holds reaches a program that reads the JSON unchanged while
 * the terminal sees only ASCII for it.
 */
final class Output {

    static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder().characterEscapes(new TerminalSafeEscapes()).build())
            .build();

    private Output() {
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.3f", v);
    }

    /** JSON's own escapes for ASCII, and a unicode escape for DEL, the C1 controls and the bidirectional controls. */
    private static final class TerminalSafeEscapes extends CharacterEscapes {

        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII[0x7F] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return TerminalText.isControl((char) c) ? new SerializedString(String.format("\\u%04X", c)) : null;
        }
    }
}

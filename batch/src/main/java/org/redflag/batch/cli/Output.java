package org.redflag.batch.cli;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * How commands print JSON: every character the terminal writer would show as U+FFFD ({@link TerminalText#isControl})
 * is written as a JSON unicode escape, so that what an ad holds reaches a program that reads the JSON unchanged while
 * the terminal sees only ASCII for it. A number that is undefined (NaN: the precision of what was never found, a kappa
 * of what neither annotator marked) is written as {@code null}, not as the string {@code "NaN"} nor as a 0 a program
 * would average in.
 */
final class Output {

    static final JsonMapper JSON = JsonMapper.builder(JsonFactory.builder().characterEscapes(new TerminalSafeEscapes()).build())
            .addModule(new SimpleModule("undefined-as-null").addSerializer(Double.class, new UndefinedAsNull())
                    .addSerializer(Double.TYPE, new UndefinedAsNull()))
            .build();

    private Output() {
    }

    static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.3f", v);
    }

    /**
     * @param v a measure, NaN where it is undefined
     * @param decimals how many decimals to show
     * @return the measure with that many decimals, or {@code -} where it is undefined
     */
    static String measure(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
    }

    /** Writes a double as JSON writes it, and NaN, a measure that is undefined, as {@code null}. */
    private static final class UndefinedAsNull extends ValueSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializationContext context) {
            if (value.isNaN()) {
                gen.writeNull();
            } else {
                gen.writeNumber(value);
            }
        }
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

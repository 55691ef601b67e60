package org.pvdm.stats;

/**
 * One metric of one series in a ring buffer of primitive values. The array is allocated only when the
 * metric takes a second distinct value: a metric that is always NaN (not reported by this host) or
 * always 0 (NIC errors) costs no array at all.
 */
abstract class Column {
    private int constantBits;
    private boolean hasConstant;
    private boolean allocated;

    static Column of(Metric metric) {
        return metric.precise() ? new FloatColumn() : new HalfColumn();
    }

    final void set(int slot, double value, int capacity) {
        int bits = encode(value);
        if (!allocated) {
            if (!hasConstant) {
                constantBits = bits;
                hasConstant = true;
                return;
            }
            if (bits == constantBits) {
                return;
            }
            allocate(capacity, constantBits);
            allocated = true;
        }
        store(slot, bits);
    }

    final double get(int slot) {
        if (allocated) {
            return decode(load(slot));
        }
        return hasConstant ? decode(constantBits) : Double.NaN;
    }

    /** Bytes held by the array (0 while constant). */
    abstract long bytes();

    abstract int encode(double value);

    abstract double decode(int bits);

    abstract void allocate(int capacity, int fillBits);

    abstract void store(int slot, int bits);

    abstract int load(int slot);

    /** 32-bit float: 7 significant digits. */
    static final class FloatColumn extends Column {
        private float[] values;

        @Override
        long bytes() {
            return values == null ? 0 : 16L + 4L * values.length;
        }

        @Override
        int encode(double value) {
            return Float.floatToIntBits((float) value); // one canonical NaN
        }

        @Override
        double decode(int bits) {
            return Float.intBitsToFloat(bits);
        }

        @Override
        void allocate(int capacity, int fillBits) {
            values = new float[capacity];
            java.util.Arrays.fill(values, Float.intBitsToFloat(fillBits));
        }

        @Override
        void store(int slot, int bits) {
            values[slot] = Float.intBitsToFloat(bits);
        }

        @Override
        int load(int slot) {
            return Float.floatToIntBits(values[slot]);
        }
    }

    /** 16-bit bfloat16 (the top half of a float, rounded to nearest even): relative error at most 2^-9. */
    static final class HalfColumn extends Column {
        private short[] values;

        static int toHalf(double value) {
            float f = (float) value;
            if (Float.isNaN(f)) {
                return 0x7FC0;
            }
            int bits = Float.floatToIntBits(f);
            return ((bits + 0x7FFF + ((bits >>> 16) & 1)) >>> 16) & 0xFFFF;
        }

        static float fromHalf(int half) {
            return Float.intBitsToFloat(half << 16);
        }

        @Override
        long bytes() {
            return values == null ? 0 : 16L + 2L * values.length;
        }

        @Override
        int encode(double value) {
            return toHalf(value);
        }

        @Override
        double decode(int bits) {
            return fromHalf(bits);
        }

        @Override
        void allocate(int capacity, int fillBits) {
            values = new short[capacity];
            java.util.Arrays.fill(values, (short) fillBits);
        }

        @Override
        void store(int slot, int bits) {
            values[slot] = (short) bits;
        }

        @Override
        int load(int slot) {
            return values[slot] & 0xFFFF;
        }
    }
}

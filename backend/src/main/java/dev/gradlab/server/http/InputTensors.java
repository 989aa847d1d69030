package dev.gradlab.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradlab.core.tensor.Tensor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Program inputs from JSON: a number is a scalar, nested arrays of numbers a tensor (row-major).
 * Anything else, or a ragged array, is a 400 {@code bad_request} naming the input.
 */
public final class InputTensors {
    private InputTensors() {
    }

    public static Map<String, Tensor> from(ObjectNode inputs) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = inputs.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), tensor(e.getKey(), e.getValue()));
        }
        return out;
    }

    static Tensor tensor(String name, JsonNode v) {
        if (v.isNumber()) {
            return Tensor.scalar(number(name, "", v));
        }
        if (!v.isArray()) {
            throw ApiError.badRequest("input '" + name + "' must be a number or a nested array of numbers, not "
                    + JsonBodies.kind(v));
        }
        List<Integer> dims = new ArrayList<>();
        JsonNode cur = v;
        while (cur.isArray()) {
            dims.add(cur.size());
            if (cur.isEmpty()) {
                break;
            }
            cur = cur.get(0);
        }
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        long size = 1;
        for (int d : shape) {
            size *= d;
        }
        double[] data = new double[(int) size];
        int[] pos = {0};
        fill(name, v, shape, 0, "", data, pos);
        return Tensor.of(shape, data);
    }

    private static void fill(String name, JsonNode v, int[] shape, int axis, String path, double[] data, int[] pos) {
        if (axis == shape.length) {
            if (!v.isNumber()) {
                throw ApiError.badRequest("input '" + name + "' is ragged: " + name + path + " is "
                        + JsonBodies.kind(v) + " where a number belongs");
            }
            data[pos[0]++] = number(name, path, v);
            return;
        }
        if (!v.isArray()) {
            throw ApiError.badRequest("input '" + name + "' is ragged: " + name + path + " is "
                    + JsonBodies.kind(v) + " where an array of " + shape[axis] + " belongs");
        }
        if (v.size() != shape[axis]) {
            throw ApiError.badRequest("input '" + name + "' is ragged: " + name + path + " has "
                    + entries(v.size()) + " where " + entries(shape[axis]) + " belong");
        }
        for (int i = 0; i < v.size(); i++) {
            fill(name, v.get(i), shape, axis + 1, path + "[" + i + "]", data, pos);
        }
    }

    private static String entries(int n) {
        return n + (n == 1 ? " entry" : " entries");
    }

    private static double number(String name, String path, JsonNode v) {
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            throw ApiError.badRequest("input '" + name + "': " + name + path + " is not a finite number");
        }
        return d;
    }
}

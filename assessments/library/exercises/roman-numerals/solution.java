import java.io.*;

public class Main {
    static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static final String[] LETTERS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder out = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            line = line.trim();
            if (line.isEmpty()) continue;
            int number = Integer.parseInt(line);
            for (int i = 0; i < VALUES.length; i++) {
                while (number >= VALUES[i]) {
                    out.append(LETTERS[i]);
                    number -= VALUES[i];
                }
            }
            out.append('\n');
        }
        System.out.print(out);
    }
}

import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        List<Integer> queries = new ArrayList<>();
        int limit = 1;
        String line;
        while ((line = in.readLine()) != null) {
            line = line.trim();
            if (line.isEmpty()) continue;
            int n = Integer.parseInt(line);
            queries.add(n);
            limit = Math.max(limit, n);
        }
        boolean[] composite = new boolean[limit + 1];
        int[] count = new int[limit + 1];
        for (int i = 2; i <= limit; i++) {
            count[i] = count[i - 1];
            if (!composite[i]) {
                count[i]++;
                for (long j = (long) i * i; j <= limit; j += i) composite[(int) j] = true;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int n : queries) out.append(count[n]).append('\n');
        System.out.print(out);
    }
}

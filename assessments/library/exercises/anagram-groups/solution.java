import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        Map<String, List<String>> families = new HashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            for (String word : line.trim().split("\\s+")) {
                if (word.isEmpty()) continue;
                char[] letters = word.toCharArray();
                Arrays.sort(letters);
                families.computeIfAbsent(new String(letters), k -> new ArrayList<>()).add(word);
            }
        }
        List<List<String>> found = new ArrayList<>();
        for (List<String> words : families.values()) {
            if (words.size() >= 2) {
                Collections.sort(words);
                found.add(words);
            }
        }
        found.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        StringBuilder out = new StringBuilder();
        for (List<String> words : found) out.append(String.join(" ", words)).append('\n');
        System.out.print(found.isEmpty() ? "AUCUN\n" : out.toString());
    }
}

import sys
from collections import defaultdict

families = defaultdict(list)
for word in sys.stdin.read().split():
    families["".join(sorted(word))].append(word)
groups = sorted(sorted(words) for words in families.values() if len(words) > 1)
print("\n".join(" ".join(words) for words in groups) if groups else "AUCUN")

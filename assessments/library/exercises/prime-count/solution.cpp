#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::vector<int> queries;
    int n, limit = 1;
    while (std::cin >> n) {
        queries.push_back(n);
        if (n > limit) limit = n;
    }
    std::vector<bool> composite(limit + 1, false);
    std::vector<int> count(limit + 1, 0);
    for (int i = 2; i <= limit; i++) {
        count[i] = count[i - 1];
        if (!composite[i]) {
            count[i]++;
            for (long long j = 1LL * i * i; j <= limit; j += i) composite[j] = true;
        }
    }
    for (int q : queries) std::cout << count[q] << '\n';
    return 0;
}

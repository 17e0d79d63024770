#include <algorithm>
#include <iostream>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    int n, queries;
    std::cin >> n;
    std::vector<long long> values(n);
    for (auto &value : values) std::cin >> value;
    std::cin >> queries;
    for (int k = 0; k < queries; k++) {
        long long q;
        std::cin >> q;
        std::cout << (std::upper_bound(values.begin(), values.end(), q) - values.begin()) << '\n';
    }
    return 0;
}

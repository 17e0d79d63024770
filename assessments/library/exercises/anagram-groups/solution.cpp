#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <vector>

int main() {
    std::ios::sync_with_stdio(false);
    std::map<std::string, std::vector<std::string>> families;
    std::string word;
    while (std::cin >> word) {
        std::string key = word;
        std::sort(key.begin(), key.end());
        families[key].push_back(word);
    }
    std::vector<std::vector<std::string>> found;
    for (auto &entry : families) {
        if (entry.second.size() >= 2) {
            std::sort(entry.second.begin(), entry.second.end());
            found.push_back(entry.second);
        }
    }
    std::sort(found.begin(), found.end());
    if (found.empty()) std::cout << "AUCUN\n";
    for (const auto &words : found) {
        for (size_t i = 0; i < words.size(); i++) std::cout << (i ? " " : "") << words[i];
        std::cout << '\n';
    }
    return 0;
}

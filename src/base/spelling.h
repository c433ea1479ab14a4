// "Did you mean …?": the closest known word to a misspelt one.
#ifndef AFFICHE_BASE_SPELLING_H_
#define AFFICHE_BASE_SPELLING_H_

#include <string>
#include <vector>

namespace affiche {

// Levenshtein distance between a and b, counted in bytes.
int EditDistance(const std::string& a, const std::string& b);

// The candidate closest to word, or "" when none is close enough to be a typo
// (at most a third of the word's length, and at least 1, edits away).
std::string ClosestMatch(const std::string& word,
                         const std::vector<std::string>& candidates);

// "did you mean 'x'?" for the closest candidate, else "" .
std::string DidYouMean(const std::string& word,
                       const std::vector<std::string>& candidates);

}  // namespace affiche

#endif  // AFFICHE_BASE_SPELLING_H_

// How large a poster sets its texts: the more a poster holds, the smaller its
// type, so that it always fits one page. Each text or list gets a size class
// ("short", "medium", "long", "very-long") that the poster's CSS maps to type
// sizes and columns (data-size="long").
#ifndef AFFICHE_RENDER_POSTERS_POSTERS_FIT_H_
#define AFFICHE_RENDER_POSTERS_POSTERS_FIT_H_

#include <cstddef>
#include <string>
#include <vector>

namespace affiche {

// Where the classes start: an amount below medium is "short", and so on.
struct FitLimits {
  size_t medium, long_, very_long;
};

// Characters (code points) of a title, questions together (each counting
// kQuestionLeadCharacters more, for the line its first words take), a summary.
inline constexpr FitLimits kTitleFit = {32, 64, 110};
inline constexpr FitLimits kQuestionsFit = {190, 300, 480};
inline constexpr size_t kQuestionLeadCharacters = 30;
inline constexpr FitLimits kSummaryFit = {160, 320, 600};
// Entries of a list: exhibitors (also by their characters together),
// sessions, organisers.
inline constexpr FitLimits kExhibitorsFit = {13, 31, 46};
inline constexpr FitLimits kExhibitorCharactersFit = {260, 620, 900};
inline constexpr FitLimits kSessionsFit = {4, 7, 11};
inline constexpr FitLimits kOrganisersFit = {5, 9, 17};

// "short", "medium", "long" or "very-long" for an amount.
const char* SizeClass(size_t amount, const FitLimits& limits);

// The number of code points of UTF-8 text.
size_t CodePoints(const std::string& text);

// The size class of a text by its length.
const char* TextSize(const std::string& text, const FitLimits& limits);

// The size class of a list: by its entries, or by all their characters when
// that says larger (a few very long names take room too).
const char* ListSize(const std::vector<std::string>& entries, const FitLimits& count,
                     const FitLimits& characters);

}  // namespace affiche

#endif  // AFFICHE_RENDER_POSTERS_POSTERS_FIT_H_

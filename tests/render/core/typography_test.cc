#include "render/core/typography.h"

#include <gtest/gtest.h>

#include <string>

#include "render/render_test_util.h"

namespace affiche {
namespace {

using testing::Fr;

TEST(Typography, PutsNarrowNoBreakSpaceBeforeQuestionAndExclamationMarks) {
  EXPECT_EQ(FrenchTypography("de manière solidaire?"), Fr("de manière solidaire^?"));
  EXPECT_EQ(FrenchTypography("de manière solidaire ?"), Fr("de manière solidaire^?"));
  EXPECT_EQ(FrenchTypography("la preuve !"), Fr("la preuve^!"));
  EXPECT_EQ(FrenchTypography("oui ; non"), Fr("oui^; non"));
  EXPECT_EQ(FrenchTypography("Vraiment?!"), Fr("Vraiment^?!"));
}

TEST(Typography, PutsNoBreakSpaceBeforeColon) {
  EXPECT_EQ(FrenchTypography("Organisée par:"), Fr("Organisée par~:"));
  EXPECT_EQ(FrenchTypography("Conférence-débat : faire"), Fr("Conférence-débat~: faire"));
}

TEST(Typography, IsIdempotent) {
  std::string once =
      FrenchTypography("Organisée par : qui ? « ESS » à 18h30, le 3 décembre !");
  EXPECT_EQ(once, Fr("Organisée par~: qui^? «~ESS~» à 18~h~30, le 3~décembre^!"));
  EXPECT_EQ(FrenchTypography(once), once);
}

TEST(Typography, LeavesTimesAddressesAndQueriesAlone) {
  for (const char* text :
       {"18:00", "https://www.cres-picardie.org/mois-ess/", "inscription?event=1&lang=fr",
        "mailto:contact@cres-picardie.org", "Wow!important"}) {
    EXPECT_EQ(FrenchTypography(text), text);
  }
}

TEST(Typography, PutsNoBreakSpacesInsideGuillemets) {
  EXPECT_EQ(FrenchTypography("Colloque « ESS et Innovation »"),
            Fr("Colloque «~ESS et Innovation~»"));
  EXPECT_EQ(FrenchTypography("«ESS»"), Fr("«~ESS~»"));
}

TEST(Typography, WritesHoursWithNoBreakSpace) {
  EXPECT_EQ(FrenchTypography("Le 9 novembre - 18h"), Fr("Le 9~novembre - 18~h"));
  EXPECT_EQ(FrenchTypography("à 18 h"), Fr("à 18~h"));
  EXPECT_EQ(FrenchTypography("de 9h-17h"), Fr("de 9~h-17~h"));
  EXPECT_EQ(FrenchTypography("18h30"), Fr("18~h~30"));
  EXPECT_EQ(FrenchTypography("3 heures"), "3 heures");
}

TEST(Typography, KeepsDayAndMonthTogether) {
  EXPECT_EQ(FrenchTypography("le 3 décembre 2009"), Fr("le 3~décembre 2009"));
  EXPECT_EQ(FrenchTypography("LE 3 DECEMBRE 2009"), Fr("LE 3~DECEMBRE 2009"));
  EXPECT_EQ(FrenchTypography("le 1er novembre"), Fr("le 1ᵉʳ~novembre"));
  EXPECT_EQ(FrenchTypography("2000 participants, 40 manifestations"),
            "2000 participants, 40 manifestations");
  EXPECT_EQ(FrenchTypography("le 32 mai"), "le 32 mai");
}

TEST(Typography, WritesOrdinalsInSuperscript) {
  EXPECT_EQ(FrenchTypography("le 3e Mois de l'ESS"), "le 3ᵉ Mois de l’ESS");
  EXPECT_EQ(FrenchTypography("la 2ème édition, le 1er prix, la 1re fois"),
            "la 2ᵉ édition, le 1ᵉʳ prix, la 1ʳᵉ fois");
  EXPECT_EQ(FrenchTypography("1ᵉʳ prix, 3ᵉ fois"), "1ᵉʳ prix, 3ᵉ fois");
  for (const char* text : {"3 heures", "1e", "0e", "10eme", "3ex", "B3e", "2nd", "100e"})
    EXPECT_EQ(FrenchTypography(text), text);
}

TEST(Typography, WritesTypographicApostrophes) {
  EXPECT_EQ(FrenchTypography("l'Homme, qu'est-ce, aujourd'hui"),
            "l’Homme, qu’est-ce, aujourd’hui");
  EXPECT_EQ(Apostrophes("the students' union, don't, 'quoted"),
            "the students’ union, don’t, 'quoted");
  EXPECT_EQ(Apostrophes("Économie'"), "Économie’");  // after a letter of two bytes
}

TEST(Typography, EnglishGetsItsOwnRules) {
  EXPECT_EQ(Typography("en", "Why? Organised by: 6h, the 3e"),
            "Why? Organised by: 6h, the 3e");
  EXPECT_EQ(Typography("en", "Women's work"), "Women’s work");
  EXPECT_EQ(Typography("fr", "Pourquoi?"), Fr("Pourquoi^?"));
}

TEST(Typography, KeepsTextWithoutPunctuationByteForByte) {
  std::string text =
      "Des structures qui mettent l’Homme au cœur de leur projet économique";
  EXPECT_EQ(FrenchTypography(text), text);
  EXPECT_EQ(FrenchTypography(""), "");
}

TEST(Typography, SeparatesThousandsAsTheLanguageDoes) {
  EXPECT_EQ(FormatCount("fr", 2139), Fr("2^139"));
  EXPECT_EQ(FormatCount("fr", 1234567), Fr("1^234^567"));
  EXPECT_EQ(FormatCount("en", 2139), "2,139");
  EXPECT_EQ(FormatCount("fr", 999), "999");
  EXPECT_EQ(FormatCount("fr", 0), "0");
  EXPECT_EQ(FormatCount("fr", -1500), Fr("\u22121^500"));
}

}  // namespace
}  // namespace affiche

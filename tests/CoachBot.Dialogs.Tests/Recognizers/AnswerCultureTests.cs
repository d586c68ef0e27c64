using System.Globalization;
using CoachBot.Dialogs.Recognizers;

namespace CoachBot.Dialogs.Tests.Recognizers;

public sealed class AnswerCultureTests
{
    [Theory]
    [InlineData("en-GB", "en-GB")]
    [InlineData("en-us", "en-US")]
    [InlineData("en_US", "en-US")]
    public void A_locale_names_the_culture_answers_are_read_in(string locale, string culture)
    {
        Assert.Equal(culture, AnswerCulture.Resolve(locale).Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a culture \u0000")]
    public void A_missing_or_unknown_locale_reads_answers_the_british_way(string? locale)
    {
        var culture = AnswerCulture.Resolve(locale);

        Assert.Equal(CultureInfo.InvariantCulture, culture);
        Assert.Equal(new TimeOnly(23, 30), TimeOfDayRecognizer.Recognize("half eleven", culture, TimeWindow.BedTime).Value);
    }
}

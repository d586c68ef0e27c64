using CoachBot.Coaching.Content;
using CoachBot.Coaching.Safety;

namespace CoachBot.Coaching.Tests.Safety;

/// <summary>The words of <c>dialogs/safety.yaml</c>: complete, the routes COACHING.md §6 gives, and in the house tone.</summary>
public sealed class SafetyWordsTests
{
    private static readonly Lazy<MessageCatalog> Catalog = new(() => MessageCatalog.LoadDirectory(Path.Combine(AppContext.BaseDirectory, "dialogs")));

    private static MessageCatalog W => Catalog.Value;

    [Fact]
    public void Every_message_the_safety_check_uses_is_in_the_content() =>
        Assert.All(SafetyMessageIds.All(), id => Assert.True(W.Contains(id), id));

    [Fact]
    public void Uk_crisis_signposts_give_999_or_a_and_e_nhs_111_option_2_samaritans_and_shout()
    {
        var uk = W[SafetyMessageIds.Signposts(SafetyRegion.UK)];

        Assert.All(["999", "A&E", "111", "option 2", "Samaritans", "116 123", "SHOUT", "85258"], route => Assert.Contains(route, uk, StringComparison.Ordinal));
    }

    [Fact]
    public void Us_crisis_signposts_give_988_to_call_or_text_and_911()
    {
        var us = W[SafetyMessageIds.Signposts(SafetyRegion.US)];

        Assert.All(["988", "call or text", "911"], route => Assert.Contains(route, us, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("999", us, StringComparison.Ordinal);
    }

    [Fact]
    public void Signposts_elsewhere_give_the_local_emergency_number_and_ask_the_country()
    {
        var generic = W[SafetyMessageIds.Signposts(SafetyRegion.Generic)];

        Assert.Contains("local emergency number", generic, StringComparison.Ordinal);
        Assert.Contains("country", generic, StringComparison.Ordinal);
        Assert.Contains("?", generic, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_crisis_message_says_a_sleep_coach_cannot_give_the_help_deserved()
    {
        foreach (var region in Enum.GetValues<SafetyRegion>())
        {
            Assert.Contains("can't give you the help you deserve", W[SafetyMessageIds.Signposts(region)], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Red_flag_replies_follow_the_pattern_and_never_name_a_condition()
    {
        foreach (var kind in Enum.GetValues<RedFlagKind>())
        {
            foreach (var tier in Enum.GetValues<RedFlagTier>())
            {
                var reply = W.Format(SafetyMessageIds.RedFlagReply(tier), ("what", W[SafetyMessageIds.RedFlagWhat(kind)]), ("route", W[SafetyMessageIds.RedFlagRoute(SafetyRegion.UK, tier)]));

                Assert.StartsWith("What you describe, ", reply, StringComparison.Ordinal);
                Assert.Contains("is something a doctor should check", reply, StringComparison.Ordinal);
                Assert.Contains("I can't assess it. Please ", reply, StringComparison.Ordinal);
                Assert.DoesNotContain("{", reply, StringComparison.Ordinal);
            }
        }

        var what = string.Join(' ', Enum.GetValues<RedFlagKind>().Select(k => W[SafetyMessageIds.RedFlagWhat(k)]));
        Assert.All(["apnoea", "apnea", "cauda", "syndrome", "heart attack", "stroke", "cancer", "infection", "sciatica"], name => Assert.DoesNotContain(name, what, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Now_tier_routes_are_emergency_routes_in_every_region()
    {
        Assert.Contains("999", W[SafetyMessageIds.RedFlagRoute(SafetyRegion.UK, RedFlagTier.Now)], StringComparison.Ordinal);
        Assert.Contains("911", W[SafetyMessageIds.RedFlagRoute(SafetyRegion.US, RedFlagTier.Now)], StringComparison.Ordinal);
        Assert.Contains("emergency", W[SafetyMessageIds.RedFlagRoute(SafetyRegion.Generic, RedFlagTier.Now)], StringComparison.Ordinal);
        Assert.Contains("111", W[SafetyMessageIds.RedFlagRoute(SafetyRegion.UK, RedFlagTier.SameDay)], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("don't worry")]
    [InlineData("do not worry")]
    [InlineData("you should")]
    [InlineData("you must")]
    [InlineData("you need to")]
    [InlineData("you have to")]
    [InlineData("committed suicide")]
    [InlineData("commit suicide")]
    [InlineData("confidential")]
    [InlineData("secret")]
    [InlineData("between us")]
    [InlineData("it's nothing")]
    [InlineData("nothing to worry about")]
    [InlineData("bad night")]
    public void No_safety_message_uses_a_banned_phrasing(string banned)
    {
        Assert.All(SafetyMessageIds.All(), id => Assert.DoesNotContain(banned, W[id].Replace('\u2019', '\''), StringComparison.OrdinalIgnoreCase));
    }
}

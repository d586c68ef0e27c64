using CoachBot.Protocol.Authentication;

namespace CoachBot.Protocol.Tests.Authentication;

public sealed class EndorsedKeysRetrieverTests
{
    [Fact]
    public void Endorsements_are_read_per_kid_and_odd_entries_are_ignored()
    {
        const string keysJson = """
            {"keys":[
              {"kid":"a","kty":"RSA","endorsements":["msteams","webchat",7,null,""]},
              {"kid":"b","kty":"RSA"},
              {"kid":"c","kty":"RSA","endorsements":"msteams"},
              {"kty":"RSA","endorsements":["emulator"]},
              {"kid":"a","kty":"RSA","endorsements":["directline"]},
              "not a key"
            ]}
            """;

        var endorsements = EndorsedKeysRetriever.ParseEndorsements(keysJson);

        Assert.Equal(["a"], endorsements.Keys);
        Assert.Equal(["directline", "msteams", "webchat"], endorsements["a"].Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("""{"keys":{}}""")]
    public void Keys_document_without_a_keys_array_has_no_endorsements(string keysJson)
    {
        Assert.Empty(EndorsedKeysRetriever.ParseEndorsements(keysJson));
    }
}

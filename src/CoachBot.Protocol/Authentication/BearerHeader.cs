namespace CoachBot.Protocol.Authentication;

/// <summary>Reads the token from an <c>Authorization</c> header (PROTOCOL.md §1.1 step 1).</summary>
internal static class BearerHeader
{
    public static bool TryReadToken(string? header, out string token, out string failure)
    {
        token = string.Empty;
        if (string.IsNullOrEmpty(header))
        {
            failure = "no Authorization header";
            return false;
        }

        // Exactly two parts on one space and a case-sensitive scheme, as the Bot Framework SDK checks.
        var parts = header.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal))
        {
            failure = "the Authorization header is not of the form 'Bearer <token>'";
            return false;
        }

        if (parts[1].Length == 0)
        {
            failure = "the bearer token is empty";
            return false;
        }

        token = parts[1];
        failure = string.Empty;
        return true;
    }
}

namespace CoachBot.Testing;

/// <summary>The checkout the tests run from: the nearest folder above the test binaries that holds CoachBot.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "CoachBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"CoachBot.sln was not found in {AppContext.BaseDirectory} or any folder above it.");
    }
}

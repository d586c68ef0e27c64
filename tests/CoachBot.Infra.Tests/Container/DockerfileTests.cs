using CoachBot.Infra.Tests.Support;

namespace CoachBot.Infra.Tests.Container;

public sealed class DockerfileTests
{
    private static string[] Lines(string file) =>
        File.ReadAllLines(Path.Combine(InfraPaths.RepositoryRoot, file))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToArray();

    [Fact]
    public void Image_is_built_with_the_sdk_and_runs_on_the_aspnet_runtime()
    {
        var froms = Lines("Dockerfile").Where(line => line.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, froms.Count);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0 ", froms[0], StringComparison.Ordinal);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0 ", froms[1], StringComparison.Ordinal);
        Assert.Contains(Lines("Dockerfile"), line => line.StartsWith("RUN dotnet publish src/CoachBot.Web/CoachBot.Web.csproj ", StringComparison.Ordinal));
    }

    [Fact]
    public void Container_runs_as_a_non_root_user_on_port_8080()
    {
        var lines = Lines("Dockerfile");
        var runtime = lines.SkipWhile(line => !line.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet", StringComparison.Ordinal)).ToList();

        Assert.Contains("ENV ASPNETCORE_HTTP_PORTS=8080", runtime);
        Assert.Contains("EXPOSE 8080", runtime);
        Assert.Equal("USER $APP_UID", runtime.Last(line => line.StartsWith("USER ", StringComparison.Ordinal)));
        Assert.Equal("ENTRYPOINT [\"dotnet\", \"CoachBot.Web.dll\"]", runtime[^1]);
    }

    [Fact]
    public void Build_context_leaves_out_build_output_packages_and_local_state()
    {
        var ignored = Lines(".dockerignore");

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("**/node_modules/", ignored);
        Assert.Contains("**/App_Data/", ignored);
        Assert.Contains(".git/", ignored);
    }
}

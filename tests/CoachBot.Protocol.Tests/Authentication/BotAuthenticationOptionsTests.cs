using CoachBot.Protocol.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachBot.Protocol.Tests.Authentication;

public sealed class BotAuthenticationOptionsTests
{
    [Fact]
    public void Root_configuration_keys_are_bound()
    {
        using var bed = AuthenticationTestBed.Create();

        var options = bed.Services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        Assert.Equal("SingleTenant", options.MicrosoftAppType);
        Assert.Equal(AuthenticationTestBed.AppId, options.MicrosoftAppId);
        Assert.Equal("not-a-real-secret", options.MicrosoftAppPassword);
        Assert.Equal(AuthenticationTestBed.TenantId, options.MicrosoftAppTenantId);
        Assert.Equal(new Uri(FakeBotFrameworkLogin.RealMetadataUrl), options.OpenIdMetadataUrl);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("multitenant", null)]
    [InlineData("MULTITENANT", null)]
    [InlineData("singletenant", AuthenticationTestBed.TenantId)]
    [InlineData("userassignedmsi", AuthenticationTestBed.TenantId)]
    [InlineData("UserAssignedMSI", AuthenticationTestBed.TenantId)]
    public void App_type_is_read_case_insensitively(string? appType, string? tenantId)
    {
        using var bed = CreateWith(appType, AuthenticationTestBed.AppId, tenantId);

        bed.Services.GetRequiredService<IStartupValidator>().Validate();

        Assert.False(bed.Authenticator.IsAnonymous);
    }

    [Theory]
    [InlineData("SingleTenant")]
    [InlineData("UserAssignedMSI")]
    [InlineData("singletenant")]
    public void Single_tenant_app_types_without_a_tenant_id_fail_at_start_up(string appType)
    {
        using var bed = CreateWith(appType, AuthenticationTestBed.AppId, tenantId: null);

        var failure = Assert.Throws<OptionsValidationException>(() => bed.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("MicrosoftAppTenantId", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_app_type_fails_at_start_up()
    {
        using var bed = CreateWith("SingleTenantish", AuthenticationTestBed.AppId, AuthenticationTestBed.TenantId);

        var failure = Assert.Throws<OptionsValidationException>(() => bed.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("MicrosoftAppType", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anonymous_mode_needs_no_tenant_id_whatever_the_app_type()
    {
        using var bed = CreateWith("SingleTenant", appId: null, tenantId: null);

        bed.Services.GetRequiredService<IStartupValidator>().Validate();

        Assert.True(bed.Authenticator.IsAnonymous);
    }

    [Fact]
    public void Metadata_url_must_be_https()
    {
        var settings = AuthenticationTestBed.SingleTenantSettings();
        settings["BotFrameworkAuthentication:OpenIdMetadataUrl"] = "http://login.botframework.com/v1/.well-known/openidconfiguration";
        using var bed = AuthenticationTestBed.Create(settings, new FakeBotFrameworkLogin());

        Assert.Throws<OptionsValidationException>(() => bed.Services.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public async Task Metadata_url_can_be_overridden_in_its_section()
    {
        const string metadataUrl = "https://login.example.test/v1/.well-known/openidconfiguration";
        const string keysUrl = "https://login.example.test/v1/.well-known/keys";
        var settings = AuthenticationTestBed.SingleTenantSettings();
        settings["BotFrameworkAuthentication:OpenIdMetadataUrl"] = metadataUrl;
        using var bed = AuthenticationTestBed.Create(settings, new FakeBotFrameworkLogin(metadataUrl, keysUrl).Serve(TestSigningKey.Primary, "msteams"));

        var result = await bed.AuthenticateAsync(bed.Mint(TestSigningKey.Primary));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal([metadataUrl, keysUrl], bed.Login.RequestedUrls);
    }

    private static AuthenticationTestBed CreateWith(string? appType, string? appId, string? tenantId) =>
        AuthenticationTestBed.Create(
            new Dictionary<string, string?>
            {
                ["MicrosoftAppType"] = appType,
                ["MicrosoftAppId"] = appId,
                ["MicrosoftAppTenantId"] = tenantId,
            },
            new FakeBotFrameworkLogin());
}

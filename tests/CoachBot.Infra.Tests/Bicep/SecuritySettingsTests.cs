using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CoachBot.Infra.Tests.Bicep;

public sealed partial class SecuritySettingsTests(CompiledMainTemplate compiled) : IClassFixture<CompiledMainTemplate>
{
    private const string BlobDataContributorRoleId = "ba92f5b4-2d11-453d-a403-e96b0029c9fe";

    private ArmTemplate Main => compiled.Template;

    [Fact]
    public void Web_app_accepts_only_https_with_tls_1_2_and_no_ftp()
    {
        var site = Main.Single("Microsoft.Web/sites");

        Assert.Equal("true", site.Value("properties.httpsOnly"));
        Assert.Equal("1.2", site.Value("properties.siteConfig.minTlsVersion"));
        Assert.Equal("1.2", site.Value("properties.siteConfig.scmMinTlsVersion"));
        Assert.Equal("Disabled", site.Value("properties.siteConfig.ftpsState"));
        var ftp = Main.Single("Microsoft.Web/sites/basicPublishingCredentialsPolicies");
        Assert.Equal("false", ftp.Value("properties.allow"));
    }

    [Fact]
    public void Web_app_runs_dotnet_10_on_linux_always_on_with_the_health_check()
    {
        var site = Main.Single("Microsoft.Web/sites");
        var plan = Main.Single("Microsoft.Web/serverfarms");

        Assert.Equal("DOTNETCORE|10.0", site.Value("properties.siteConfig.linuxFxVersion"));
        Assert.Equal("true", site.Value("properties.siteConfig.alwaysOn"));
        Assert.Equal("/healthz", site.Value("properties.siteConfig.healthCheckPath"));
        Assert.Equal("true", plan.Value("properties.reserved"));
        Assert.DoesNotContain("F1", plan.Value("sku.name"), StringComparison.Ordinal);
    }

    [Fact]
    public void Web_app_runs_as_the_user_assigned_identity()
    {
        var site = Main.Single("Microsoft.Web/sites");
        Main.Single("Microsoft.ManagedIdentity/userAssignedIdentities");

        Assert.Equal("UserAssigned", site.Value("identity.type"));
        var identities = site.Node("identity.userAssignedIdentities")?.AsObject();
        Assert.NotNull(identities);
        Assert.Single(identities);
    }

    [Fact]
    public void Web_app_settings_carry_the_bot_framework_keys_and_blob_state_by_identity()
    {
        var settings = AppSettings();

        Assert.Equal(
            [
                "APPLICATIONINSIGHTS_CONNECTION_STRING", "Connector__TrustedServiceUrls__0", "LocalWebChannel__Enabled", "MicrosoftAppId",
                "MicrosoftAppPassword", "MicrosoftAppTenantId", "MicrosoftAppType", "Storage__Blob__AccountUri",
                "Storage__Blob__ContainerName", "Storage__Blob__ManagedIdentityClientId", "Storage__Kind",
            ],
            settings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Blob", settings["Storage__Kind"]);
        Assert.Equal("coachbot-state", settings["Storage__Blob__ContainerName"]);
        Assert.Equal("false", settings["LocalWebChannel__Enabled"]);
        Assert.Equal("https://smba.trafficmanager.net/", settings["Connector__TrustedServiceUrls__0"]);
        Assert.StartsWith("[reference(resourceId('Microsoft.Storage/storageAccounts', ", settings["Storage__Blob__AccountUri"], StringComparison.Ordinal);
        Assert.EndsWith(".primaryEndpoints.blob]", settings["Storage__Blob__AccountUri"], StringComparison.Ordinal);
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", settings["Storage__Blob__ManagedIdentityClientId"], StringComparison.Ordinal);
        Assert.Contains("Microsoft.Insights/components", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal);
        Assert.Contains(".ConnectionString", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal);
    }

    [Fact]
    public void Managed_identity_is_the_default_app_type_and_then_its_client_id_is_the_app_id()
    {
        var settings = AppSettings();
        var type = Main.Json["parameters"]?["appType"];

        Assert.Equal("UserAssignedMSI", (string?)type?["defaultValue"]);
        Assert.Equal(["UserAssignedMSI", "SingleTenant"], type?["allowedValues"]?.AsArray().Select(v => (string?)v));
        Assert.Equal("UserAssignedMSI", settings["MicrosoftAppType"]);
        Assert.Matches(
            @"^\[if\(equals\(parameters\('appType'\), 'UserAssignedMSI'\), createObject\('value', reference\(resourceId\('Microsoft\.ManagedIdentity/userAssignedIdentities', .+\), '[^']+'\)\.clientId\), createObject\('value', parameters\('appId'\)\)\)\]$",
            settings["MicrosoftAppId"]);
        Assert.Equal("[subscription().tenantId]", settings["MicrosoftAppTenantId"]);
        Assert.Equal("securestring", (string?)Main.Json["parameters"]?["appPassword"]?["type"]);
        Assert.All(
            Main.SelfAndNested().Select(t => t.Json["parameters"]?["appPassword"]).OfType<JsonNode>(),
            parameter => Assert.Equal("securestring", (string?)parameter["type"]));
    }

    [Fact]
    public void Storage_account_has_no_public_blob_access_no_shared_keys_and_tls_1_2()
    {
        var account = Main.Single("Microsoft.Storage/storageAccounts");

        Assert.Equal("false", account.Value("properties.allowBlobPublicAccess"));
        Assert.Equal("false", account.Value("properties.allowSharedKeyAccess"));
        Assert.Equal("TLS1_2", account.Value("properties.minimumTlsVersion"));
        Assert.Equal("true", account.Value("properties.supportsHttpsTrafficOnly"));
    }

    [Fact]
    public void State_container_is_private()
    {
        var container = Main.Single("Microsoft.Storage/storageAccounts/blobServices/containers");

        Assert.Equal("None", container.Value("properties.publicAccess"));
        Assert.EndsWith("'default', 'coachbot-state')]", container.Value("name"), StringComparison.Ordinal);
    }

    [Fact]
    public void Identity_is_storage_blob_data_contributor_on_the_account()
    {
        var assignment = Main.Single("Microsoft.Authorization/roleAssignments");

        Assert.Equal(
            $"[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '{BlobDataContributorRoleId}')]",
            assignment.Value("properties.roleDefinitionId"));
        Assert.Contains("Microsoft.Storage/storageAccounts", assignment.Value("scope"), StringComparison.Ordinal);
        Assert.Equal("ServicePrincipal", assignment.Value("properties.principalType"));
        var principal = assignment.Value("properties.principalId");
        Assert.Contains("Microsoft.ManagedIdentity/userAssignedIdentities", principal, StringComparison.Ordinal);
        Assert.EndsWith(".principalId]", principal, StringComparison.Ordinal);
    }

    [Fact]
    public void Application_insights_is_workspace_based()
    {
        Main.Single("Microsoft.OperationalInsights/workspaces");
        var insights = Main.Single("Microsoft.Insights/components");

        Assert.Contains("Microsoft.OperationalInsights/workspaces", insights.Value("properties.WorkspaceResourceId"), StringComparison.Ordinal);
    }

    [Fact]
    public void Bot_is_global_and_its_endpoint_is_the_web_app_messages_route()
    {
        var bot = Main.Single("Microsoft.BotService/botServices");

        Assert.Equal("azurebot", bot.Value("kind"));
        Assert.Equal("global", bot.Value("location"));
        Assert.Equal("UserAssignedMSI", bot.Value("properties.msaAppType"));
        Assert.Equal("[subscription().tenantId]", bot.Value("properties.msaAppTenantId"));
        Assert.Contains("createObject('value', resourceId('Microsoft.ManagedIdentity/userAssignedIdentities'", bot.Value("properties.msaAppMSIResourceId"), StringComparison.Ordinal);
        var endpoint = bot.Value("properties.endpoint");
        Assert.StartsWith("[format('https://{0}/api/messages', reference(resourceId('Microsoft.Web/sites', ", endpoint, StringComparison.Ordinal);
        Assert.EndsWith(").defaultHostName)]", endpoint, StringComparison.Ordinal);
        Assert.Equal(["F0", "S1"], Main.Json["parameters"]?["botSku"]?["allowedValues"]?.AsArray().Select(v => (string?)v));
    }

    [Fact]
    public void Bot_has_the_teams_direct_line_and_web_chat_channels_enabled()
    {
        var channels = Main.ResourcesOfType("Microsoft.BotService/botServices/channels")
            .ToDictionary(channel => channel.Value("properties.channelName"));

        Assert.Equal(["DirectLineChannel", "MsTeamsChannel", "WebChatChannel"], channels.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("true", channels["MsTeamsChannel"].Value("properties.properties.isEnabled"));
        var directLine = channels["DirectLineChannel"].Node("properties.properties.sites")?.AsArray();
        Assert.NotNull(directLine);
        Assert.Contains(directLine, site => (bool?)site?["isEnabled"] == true && (bool?)site?["isV3Enabled"] == true);
        var webChat = channels["WebChatChannel"].Node("properties.properties.sites")?.AsArray();
        Assert.NotNull(webChat);
        Assert.Contains(webChat, site => (bool?)site?["isEnabled"] == true);
    }

    [Fact]
    public void Deployment_outputs_name_the_host_the_bot_and_the_identity()
    {
        var outputs = Main.Json["outputs"]?.AsObject().Select(output => output.Key);

        Assert.NotNull(outputs);
        Assert.Contains("webAppHostName", outputs);
        Assert.Contains("botAppId", outputs);
        Assert.Contains("botName", outputs);
        Assert.Contains("identityClientId", outputs);
    }

    [Fact]
    public void No_output_of_any_template_looks_like_a_secret()
    {
        var outputs = Main.Outputs().ToList();

        Assert.NotEmpty(outputs);
        Assert.All(outputs, output =>
        {
            Assert.DoesNotMatch(SecretLike(), output.Key);
            Assert.DoesNotMatch(SecretLike(), output.Value?["value"]?.ToJsonString() ?? "");
            Assert.NotEqual("securestring", (string?)output.Value?["type"]);
        });
    }

    private Dictionary<string, string> AppSettings()
    {
        var site = Main.Single("Microsoft.Web/sites");
        var settings = site.Node("properties.siteConfig.appSettings") as JsonArray;
        Assert.NotNull(settings);
        return settings.ToDictionary(
            setting => (string?)setting?["name"] ?? "",
            setting => site.Template.Resolve(setting?["value"]));
    }

    [GeneratedRegex("key|password|secret|connectionstring|token|credential|sas\\b|list[A-Z]", RegexOptions.IgnoreCase)]
    private static partial Regex SecretLike();
}

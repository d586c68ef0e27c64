using Microsoft.Extensions.Options;

namespace CoachBot.Protocol.Authentication;

internal sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var failures = new List<string>();

        if (!options.HasKnownAppType)
        {
            failures.Add("MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.");
        }

        // Anonymous mode needs nothing else, so a template appsettings with only the type filled in
        // still runs locally.
        if (!options.IsAnonymous && options.IsSingleTenantType && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant or UserAssignedMSI.");
        }

        if (options.OpenIdMetadataUrl is not { IsAbsoluteUri: true } url || url.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("BotFrameworkAuthentication:OpenIdMetadataUrl must be an absolute https URL.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

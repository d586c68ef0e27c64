using Microsoft.Extensions.Options;

namespace CoachBot.Storage;

internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Kind))
        {
            failures.Add("Storage:Kind must be File or Blob.");
        }

        if (options.File.LockTimeout <= TimeSpan.Zero)
        {
            failures.Add("Storage:File:LockTimeout must be positive.");
        }

        if (options.Kind == StorageKind.Blob)
        {
            var blob = options.Blob;
            if (string.IsNullOrWhiteSpace(blob.ConnectionString) && blob.AccountUri is null)
            {
                failures.Add("Storage:Kind is Blob, so Storage:Blob:ConnectionString or Storage:Blob:AccountUri is required.");
            }

            if (blob.AccountUri is { IsAbsoluteUri: false })
            {
                failures.Add("Storage:Blob:AccountUri must be an absolute URI such as https://<account>.blob.core.windows.net.");
            }

            if (!IsValidContainerName(blob.ContainerName))
            {
                failures.Add("Storage:Blob:ContainerName must be 3-63 lower-case letters, digits and single hyphens, starting and ending with a letter or digit.");
            }

            if (blob.NetworkTimeout <= TimeSpan.Zero)
            {
                failures.Add("Storage:Blob:NetworkTimeout must be positive.");
            }

            if (blob.MaxRetries is < 0 or > 10 || blob.RetryDelay < TimeSpan.Zero)
            {
                failures.Add("Storage:Blob:MaxRetries must be 0-10 and Storage:Blob:RetryDelay must not be negative.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsValidContainerName(string? name)
    {
        if (name is null || name.Length is < 3 or > 63 || name[0] == '-' || name[^1] == '-' || name.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }
}

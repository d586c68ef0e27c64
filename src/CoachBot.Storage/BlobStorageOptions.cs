namespace CoachBot.Storage;

/// <summary>The <c>Storage:Blob</c> configuration section: a connection string, or an account URI signed in with Azure credentials.</summary>
public sealed class BlobStorageOptions
{
    public const string DefaultContainerName = "coachbot-state";

    /// <summary>An account key, SAS or Azurite (<c>UseDevelopmentStorage=true</c>) connection string. Wins over <see cref="AccountUri"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The blob endpoint, e.g. <c>https://coachbot.blob.core.windows.net</c>, used with <c>DefaultAzureCredential</c>.</summary>
    public Uri? AccountUri { get; set; }

    public string ContainerName { get; set; } = DefaultContainerName;

    /// <summary>The client id of a user-assigned managed identity; empty for the system-assigned one or a developer sign-in.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>How long one request may take before it is retried (the Azure SDK's default is 100 s, too long for a turn).</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Retries of a failed request. The SDK's default (several, with exponential back-off) keeps a turn waiting
    /// about 25 s when storage is down, longer than a channel waits for the turn; two short retries fail it in about a second.
    /// </summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first back-off between retries; it doubles each time, up to two seconds.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(250);
}

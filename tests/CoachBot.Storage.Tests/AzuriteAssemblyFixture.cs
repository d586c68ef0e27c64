using CoachBot.Testing.Azurite;

[assembly: AssemblyFixture(typeof(AzuriteFixture))]

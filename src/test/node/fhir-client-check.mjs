// Drives the FHIR facade with fhir-kit-client, as an integrator's Node.js program would, and prints what it saw as
// one JSON object for FhirKitClientTest to judge. Arguments: base URL, bearer token, patient id, a near value, and
// the path of a QuestionnaireResponse (JSON) to post.
import { readFileSync } from 'node:fs';
import { Client } from 'fhir-kit-client';

const [baseUrl, token, patientId, near, responseFile] = process.argv.slice(2);
const client = new Client({ baseUrl, bearerToken: token });
const seen = {};

const capabilities = await client.capabilityStatement();
seen.types = capabilities.rest[0].resource.map((resource) => resource.type);

// Follow the next links of a public search to the end, counting every Location and every page.
let page = await client.search({ resourceType: 'Location', searchParams: { near, _count: '2' } });
seen.locationTotal = page.total;
seen.locationIds = [];
seen.pages = 0;
while (page) {
  seen.pages += 1;
  for (const entry of page.entry ?? []) {
    seen.locationIds.push(entry.resource.id);
  }
  page = (await client.nextPage({ bundle: page })) ?? null;
}

const patient = await client.read({ resourceType: 'Patient', id: patientId });
seen.patientName = patient.name[0].text;

const posted = await client.create({
  resourceType: 'QuestionnaireResponse',
  body: JSON.parse(readFileSync(responseFile, 'utf8')),
});
seen.createdId = posted.id;

const observations = await client.search({
  resourceType: 'Observation',
  searchParams: { subject: `Patient/${patientId}`, code: 'http://loinc.org|72514-3' },
});
seen.painDerivedFrom = (observations.entry ?? []).map((entry) => entry.resource.derivedFrom[0].reference);

console.log(JSON.stringify(seen));

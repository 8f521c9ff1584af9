// Example operations from the README, opened as the explorer's first tabs.
export const examples: Array<{ query: string; variables?: string; headers?: string }> = [
  {
    query: `# The first page of the directory
query FirstPage {
  resources(first: 3) {
    totalCount
    edges { node { name kind organization { name } } }
  }
}
`,
  },
  {
    query: `# Grief and bereavement groups within 5 km of Leeds meeting in the next fortnight, nearest first
query NearLeeds($near: NearInput!) {
  resources(near: $near, filter: { topics: ["grief-and-bereavement"], meetsWithinDays: 14 }, first: 2) {
    totalCount
    edges {
      distanceKm
      node {
        name
        ... on PeerGroup {
          schedule { description }
          nextMeetings(first: 2) { startsAt localStartsAt timeZone }
        }
      }
    }
    facets { formats { value count } }
  }
}
`,
    variables: JSON.stringify({ near: { latitude: 53.8008, longitude: -1.5491, radiusKm: 5 } }, null, 2),
  },
  {
    query: `# Full text with a typo, ranked by relevance
query TypoSearch {
  resources(filter: { text: "anxeity", languages: ["en"] }, first: 2) {
    totalCount
    edges { node { name topics { slug } } }
  }
}
`,
  },
  {
    query: `# The topic taxonomy
query Topics { topics { slug name parent { slug } } }
`,
  },
  {
    query: `# Analysts: put your analyst key in Headers below. Listings per country and kind
query StatsByCountry { resourceStats(groupBy: [COUNTRY, KIND]) { key count } }
`,
    headers: JSON.stringify({ Authorization: 'Bearer YOUR-ANALYST-KEY' }, null, 2),
  },
];

import { sql, type Kysely } from 'kysely';

// Frozen: the starting peer-support taxonomy. Later changes go in new migrations.
// [slug, name, parent slug]
const topics: Array<[string, string, string | null]> = [
  ['mental-health', 'Mental health', null],
  ['anxiety', 'Anxiety', 'mental-health'],
  ['panic', 'Panic attacks', 'anxiety'],
  ['social-anxiety', 'Social anxiety', 'anxiety'],
  ['depression', 'Depression', 'mental-health'],
  ['bipolar', 'Bipolar', 'mental-health'],
  ['psychosis-and-hearing-voices', 'Psychosis and hearing voices', 'mental-health'],
  ['eating-disorders', 'Eating disorders', 'mental-health'],
  ['ocd', 'OCD', 'mental-health'],
  ['trauma-and-ptsd', 'Trauma and PTSD', 'mental-health'],
  ['self-harm', 'Self-harm', 'mental-health'],
  ['suicidal-thoughts', 'Suicidal thoughts', 'mental-health'],
  ['neurodivergence', 'Neurodivergence', 'mental-health'],
  ['adhd', 'ADHD', 'neurodivergence'],
  ['autism', 'Autism', 'neurodivergence'],
  ['grief-and-bereavement', 'Grief and bereavement', null],
  ['suicide-bereavement', 'Suicide bereavement', 'grief-and-bereavement'],
  ['baby-loss', 'Baby loss', 'grief-and-bereavement'],
  ['addiction-and-recovery', 'Addiction and recovery', null],
  ['alcohol', 'Alcohol', 'addiction-and-recovery'],
  ['drugs', 'Drugs', 'addiction-and-recovery'],
  ['gambling', 'Gambling', 'addiction-and-recovery'],
  ['perinatal', 'Perinatal mental health', null],
  ['carers-and-family', 'Carers and family', null],
  ['communities', 'Communities', null],
  ['lgbtq-plus', 'LGBTQ+', 'communities'],
  ['veterans', 'Veterans', 'communities'],
  ['young-people', 'Young people', 'communities'],
  ['mens-groups', "Men's groups", 'communities'],
  ['womens-groups', "Women's groups", 'communities'],
  ['older-adults', 'Older adults', 'communities'],
  ['loneliness', 'Loneliness and isolation', null],
  ['long-term-illness', 'Long-term illness', null],
  ['chronic-pain', 'Chronic pain', 'long-term-illness'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // Parents come before children in the list, so each parent exists when its child is inserted.
  for (const [slug, name, parent] of topics) {
    await sql`insert into topics (slug, name, parent_id)
              values (${slug}, ${name}, (select id from topics where slug = ${parent}))`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from topics`.execute(db);
}

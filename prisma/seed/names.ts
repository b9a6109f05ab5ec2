// Deterministic Dutch person names for demo users.
import { rng } from "./util";

const FIRST = [
  "Anouk", "Bart", "Carla", "Daan", "Eline", "Femke", "Gijs", "Hanneke", "Ilse", "Jeroen", "Karin", "Lotte",
  "Maarten", "Nadia", "Olaf", "Petra", "Quinten", "Roos", "Sanne", "Thijs", "Ursula", "Vincent", "Wendy", "Yusuf",
  "Zeynep", "Mohamed", "Noor", "Sven", "Marloes", "Koen", "Iris", "Wouter", "Esra", "Hidde", "Linda", "Tjeerd",
  "Aukje", "Rik", "Floor", "Jasper", "Mirjam", "Stijn", "Saskia", "Ayoub", "Marit", "Niels", "Judith", "Ruud",
];

const LAST = [
  "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
  "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
  "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen",
  "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "Hoekstra", "Koster", "Prins", "Huisman", "Postma", "Wijnands",
  "Kaya", "El Amrani", "Yilmaz", "Bouali", "Sijbesma", "Veenstra", "Schouten", "Verbeek",
];

/** A full name that always comes out the same for the same key. */
export function personName(key: string): string {
  const r = rng(`name:${key}`);
  return `${r.pick(FIRST)} ${r.pick(LAST)}`;
}

export const ADVISERS = [
  "Marieke Bosman",
  "Sander Visscher",
  "Fatima El Khatib",
  "Joost van Leeuwen",
  "Ingrid Hoekstra",
  "Ruben de Graaf",
  "Esther Mulder",
  "Bram Kuipers",
];

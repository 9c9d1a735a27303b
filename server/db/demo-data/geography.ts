/** Cities, postal prefixes, area codes and time zones of the states the demo network covers. */
export interface City {
  name: string;
  /** The first three digits of its ZIP codes. */
  zip: string;
  areaCode: string;
}

export interface StateGeography {
  /** Relative size of the state's network (centers and customers). */
  weight: number;
  /** Standard time offset from UTC in hours (negative west of Greenwich). */
  utcOffset: number;
  /** Whether the state observes daylight saving time. */
  dst: boolean;
  cities: City[];
}

const c = (name: string, zip: string, areaCode: string): City => ({ name, zip, areaCode });

export const GEOGRAPHY: Record<string, StateGeography> = {
  WA: {
    weight: 8, utcOffset: -8, dst: true,
    cities: [c('Seattle', '981', '206'), c('Spokane', '992', '509'), c('Tacoma', '984', '253'), c('Vancouver', '986', '360'), c('Bellevue', '980', '425'), c('Everett', '982', '425'), c('Yakima', '989', '509'), c('Olympia', '985', '360'), c('Kennewick', '993', '509'), c('Bellingham', '982', '360')],
  },
  TX: {
    weight: 16, utcOffset: -6, dst: true,
    cities: [c('Houston', '770', '713'), c('San Antonio', '782', '210'), c('Dallas', '752', '214'), c('Austin', '787', '512'), c('Fort Worth', '761', '817'), c('El Paso', '799', '915'), c('Arlington', '760', '817'), c('Corpus Christi', '784', '361'), c('Lubbock', '794', '806'), c('Laredo', '780', '956'), c('Amarillo', '791', '806'), c('Waco', '767', '254')],
  },
  AZ: {
    weight: 8, utcOffset: -7, dst: false,
    cities: [c('Phoenix', '850', '602'), c('Tucson', '857', '520'), c('Mesa', '852', '480'), c('Chandler', '852', '480'), c('Glendale', '853', '623'), c('Flagstaff', '860', '928'), c('Yuma', '853', '928'), c('Prescott', '863', '928'), c('Kingman', '864', '928')],
  },
  CA: {
    weight: 20, utcOffset: -8, dst: true,
    cities: [c('Los Angeles', '900', '213'), c('San Diego', '921', '619'), c('San Jose', '951', '408'), c('San Francisco', '941', '415'), c('Fresno', '937', '559'), c('Sacramento', '958', '916'), c('Long Beach', '908', '562'), c('Oakland', '946', '510'), c('Bakersfield', '933', '661'), c('Riverside', '925', '951'), c('Stockton', '952', '209'), c('Redding', '960', '530')],
  },
  VA: {
    weight: 7, utcOffset: -5, dst: true,
    cities: [c('Virginia Beach', '234', '757'), c('Norfolk', '235', '757'), c('Richmond', '232', '804'), c('Arlington', '222', '703'), c('Roanoke', '240', '540'), c('Lynchburg', '245', '434'), c('Charlottesville', '229', '434'), c('Harrisonburg', '228', '540')],
  },
  CO: {
    weight: 7, utcOffset: -7, dst: true,
    cities: [c('Denver', '802', '303'), c('Colorado Springs', '809', '719'), c('Aurora', '800', '303'), c('Fort Collins', '805', '970'), c('Pueblo', '810', '719'), c('Grand Junction', '815', '970'), c('Greeley', '806', '970'), c('Boulder', '803', '303')],
  },
  IA: {
    weight: 4, utcOffset: -6, dst: true,
    cities: [c('Des Moines', '503', '515'), c('Cedar Rapids', '524', '319'), c('Davenport', '528', '563'), c('Sioux City', '511', '712'), c('Iowa City', '522', '319'), c('Waterloo', '507', '319'), c('Dubuque', '520', '563')],
  },
  WY: {
    weight: 2, utcOffset: -7, dst: true,
    cities: [c('Cheyenne', '820', '307'), c('Casper', '826', '307'), c('Laramie', '820', '307'), c('Gillette', '827', '307'), c('Rock Springs', '829', '307'), c('Sheridan', '828', '307')],
  },
  IL: {
    weight: 10, utcOffset: -6, dst: true,
    cities: [c('Chicago', '606', '312'), c('Aurora', '605', '630'), c('Joliet', '604', '815'), c('Rockford', '611', '815'), c('Naperville', '605', '630'), c('Springfield', '627', '217'), c('Peoria', '616', '309'), c('Champaign', '618', '217'), c('Elgin', '601', '847')],
  },
  FL: {
    weight: 14, utcOffset: -5, dst: true,
    cities: [c('Jacksonville', '322', '904'), c('Miami', '331', '305'), c('Tampa', '336', '813'), c('Orlando', '328', '407'), c('St. Petersburg', '337', '727'), c('Tallahassee', '323', '850'), c('Fort Lauderdale', '333', '954'), c('Pensacola', '325', '850'), c('Gainesville', '326', '352'), c('Fort Myers', '339', '239')],
  },
  MN: {
    weight: 6, utcOffset: -6, dst: true,
    cities: [c('Minneapolis', '554', '612'), c('Saint Paul', '551', '651'), c('Rochester', '559', '507'), c('Duluth', '558', '218'), c('Bloomington', '554', '952'), c('St. Cloud', '563', '320'), c('Mankato', '560', '507')],
  },
};
